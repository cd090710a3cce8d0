import { Duration } from 'aws-cdk-lib';
import { unscopedValidationError } from '../private';

/**
 * When an EventBridge Scheduler schedule runs: once, at a fixed rate, or on a cron expression.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html
 */
export class Schedule {
  /**
   * A schedule that runs once, at the given time.
   *
   * The date and time are read in the local time zone of the machine that synthesizes the app, and
   * written without a zone (`yyyy-mm-ddThh:mm:ss`); set the task's `timezone` to say which zone that is.
   */
  public static oneTime(time: Date): Schedule {
    const twoDigits = (n: number) => String(n).padStart(2, '0');
    const date = [time.getFullYear(), twoDigits(time.getMonth() + 1), twoDigits(time.getDate())].join('-');
    const clock = [time.getHours(), time.getMinutes(), time.getSeconds()].map(twoDigits).join(':');
    return new Schedule(`${date}T${clock}`);
  }

  /**
   * A schedule that runs every `duration`, which must be at least a minute.
   *
   * The rate is written in whole days if it is one, else in whole hours if it is one, else in minutes.
   */
  public static rate(duration: Duration): Schedule {
    if (duration.toMilliseconds() < Duration.minutes(1).toMilliseconds()) {
      throw unscopedValidationError('DurationCannotLessThan', 'Duration cannot be less than 1 minute');
    }
    const whole = (amount: number, unit: string) => (amount > 0 && Number.isInteger(amount) ? `${amount} ${unit}` : undefined);
    const rate = whole(duration.toDays({ integral: false }), 'days')
      ?? whole(duration.toHours({ integral: false }), 'hours')
      ?? whole(duration.toMinutes({ integral: true }), 'minutes');
    return new Schedule(`rate(${rate})`);
  }

  /**
   * A schedule that runs whenever the fields of a cron expression match.
   */
  public static cron(options: CronOptions): Schedule {
    if (options.weekDay !== undefined && options.day !== undefined) {
      throw unscopedValidationError('CannotSupplyDayWeekDay', "Cannot supply both 'day' and 'weekDay', use at most one");
    }
    const fields = [
      options.minute ?? '*',
      options.hour ?? '*',
      options.day ?? (options.weekDay !== undefined ? '?' : '*'),
      options.month ?? '*',
      options.weekDay ?? '?',
      options.year ?? '*',
    ];
    return new Schedule(`cron(${fields.join(' ')})`);
  }

  /**
   * The schedule expression, as `CreateSchedule` takes it.
   */
  public readonly expressionString: string;

  private constructor(expressionString: string) {
    this.expressionString = expressionString;
  }
}

/**
 * The fields of a cron expression. Each is a string, so any cron syntax (`0/15`, `MON-FRI`, `L`, ...) may
 * be used. A field left out matches every value (`*`), or any value (`?`) where the other day field is set.
 *
 * @see https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#cron-based
 */
export interface CronOptions {
  /**
   * The minute(s) of the hour.
   *
   * @default - every minute
   */
  readonly minute?: string;

  /**
   * The hour(s) of the day.
   *
   * @default - every hour
   */
  readonly hour?: string;

  /**
   * The day(s) of the month. Cannot be combined with `weekDay`.
   *
   * @default - every day of the month, unless `weekDay` is set
   */
  readonly day?: string;

  /**
   * The month(s) of the year.
   *
   * @default - every month
   */
  readonly month?: string;

  /**
   * The day(s) of the week. Cannot be combined with `day`.
   *
   * @default - any day of the week
   */
  readonly weekDay?: string;

  /**
   * The year(s).
   *
   * @default - every year
   */
  readonly year?: string;
}
