"""Runs moto's server with a JSONata evaluator in its Step Functions interpreter.

moto ships the interpreter without the JVM-based JSONata engine it was ported with, so JSONata states
fail there with "'NoneType' object is not callable". This plugs in jsonata-python (a pure-Python port
of the JSONata reference implementation) at the single hook moto evaluates expressions through.
Arguments are those of `moto_server`.
"""
import json
import sys

import jsonata
from moto.server import main
from moto.stepfunctions.parser.asl.jsonata import jsonata as moto_jsonata


def evaluate(expression):
    try:
        result = jsonata.Jsonata(expression).evaluate(None)
    except Exception as error:  # surfaced to the execution as States.QueryEvaluationError
        raise moto_jsonata.JSONataException("States.QueryEvaluationError", str(error))
    return json.loads(json.dumps(result))


moto_jsonata._eval_jsonata = evaluate

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
