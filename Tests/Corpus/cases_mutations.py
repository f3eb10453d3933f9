"""The only hand edits of the corpus, each applied to a body openai-python produced and described
in the manifest's `mutation`:

- unknown-fields/: a field a newer API version might add (on a reasoning item, a message, an
  output_text part, a stream event, the response, a request's input item), an item type and an
  enum value the bindings do not know. Decoding must keep them and re-encoding must give them back.
- negative/: a body of a known shape (its `type` names a member) that fits no member. Decoding
  must fail with a DecodingError whose coding path is `error_at` (for a missing key: the path of
  the object plus the key)."""
import copy

from cases_events import realistic_events
from cases_requests import WEATHER_TOOL_PARAM, both as request_both, conversation, request
from cases_responses import JSON_SCHEMA_FORMAT, common
from corpus_support import (add, camel, dump, error_at, function_call, members, message, output_text, reasoning,
                            response)

ADDED = {"verification": {"signature": "sig_8f3a", "version": 2, "checked": True, "scores": [0.5, 1]}}


def event(name: str) -> dict:
    return next(dump(e) for n, e, _ in realistic_events() if n == name)


def with_field(body: dict, path: list, value=ADDED) -> dict:
    body = copy.deepcopy(body)
    target = body
    for key in path:
        target = target[key]
    target.update(value)
    return body


def response_body(*items, **extra) -> dict:
    return dump(response(output=list(items), **extra))


def pair(type_name, openai_members, infercom_members=None, infercom_type=None):
    return dict(openai=members(type_name, openai_members),
                infercom=members(infercom_type or type_name,
                                 openai_members if infercom_members is None else infercom_members))


def add_mutations() -> None:
    added = f"added {ADDED!r}"
    base = response_body(reasoning(summary=[]), message(output_text("Sunny.")))
    o, i = common()
    o.update({"/output/0": "reasoning", "/output/1": "message"})
    i.update({"/output/0": "reasoning", "/output/1": "message"})
    add("unknown-fields", "response-reasoning-item", with_field(base, ["output", 0]), "Response",
        "A reasoning item carrying a field the spec does not define.", mutation=f"{added} to /output/0",
        openai=members("Response", o), infercom=members("Response", i))
    add("unknown-fields", "response-message-and-part", with_field(with_field(base, ["output", 1]),
                                                                  ["output", 1, "content", 0]), "Response",
        "A message and its output_text part each carrying an unknown field.",
        mutation=f"{added} to /output/1 and /output/1/content/0",
        openai=members("Response", o), infercom=members("Response", i))
    add("unknown-fields", "response-top-level", with_field(base, [], {"billing": {"payer": "developer"}}), "Response",
        "A response carrying an unknown top-level field.", mutation="added {'billing': {'payer': 'developer'}} to the root",
        openai=members("Response", o), infercom=members("Response", i))
    future = {"type": "future_tool_call", "id": "ftc_1", "status": "completed", "payload": {"x": [1, 2]}}
    body = copy.deepcopy(base)
    body["output"].insert(1, future)
    add("unknown-fields", "response-unknown-item-type", body, "Response",
        "An output item of a type the spec does not know: kept whole as the union's unknown member.",
        mutation=f"inserted {future!r} at /output/1",
        **pair("Response", {"/output/0": "reasoning", "/output/1": "unknown", "/output/2": "message"}))
    body = copy.deepcopy(base)
    body["output"][0]["status"] = "paused"
    add("unknown-fields", "reasoning-unknown-status", body, "Response",
        "A reasoning item whose status is a value the spec's enum does not list.",
        mutation="set /output/0/status to 'paused'", **pair("Response", {"/output/0": "reasoning"}))

    for name, path, extra in (("response.output_text.delta", [], {}),
                              ("response.output_item.done-message", ["item"], {"/item": "message"}),
                              ("response.output_item.added-reasoning", ["item"], {"/item": "reasoning"})):
        tag = event(name)["type"]
        add("unknown-fields", f"event-{name}", with_field(event(name), path), "ResponseStreamEvent",
            f"A `{tag}` event with an unknown field{' on its item' if path else ''}.",
            mutation=f"{added} to /{'/'.join(path)}",
            **pair("ResponseStreamEvent", {"": camel(tag), **extra}))

    # Shapes the spec does not know at all: a union's `unknown` member, kept whole.
    future_choice = {"type": "future_tool", "name": "x"}
    body = request(input="Weather?", tools=[WEATHER_TOOL_PARAM], tool_choice="auto")
    body["tool_choice"] = future_choice
    add("unknown-fields", "request-tool-choice-unknown-type", body, "ResponseCreateParams",
        "A tool_choice object whose type no member defines.", mutation=f"set /tool_choice to {future_choice!r}",
        **request_both({"/tool_choice": "unknown"}, {"/tool_choice": "unknown"}))
    future_format = {"type": "grammar", "syntax": "lark", "definition": "start: WORD"}
    body = request(input="Weather?", text={"format": {"type": "text"}})
    body["text"]["format"] = future_format
    add("unknown-fields", "request-text-format-unknown-type", body, "ResponseCreateParams",
        "A text.format whose type no member defines.", mutation=f"set /text/format to {future_format!r}",
        **request_both({"/text/format": "unknown"}, {"/text/format": "unknown"}))
    future_part = {"type": "output_audio", "transcript": "Sunny.", "data": "UklGRg=="}
    body = copy.deepcopy(base)
    body["output"][1]["content"].append(future_part)
    add("unknown-fields", "response-unknown-content-part", body, "Response",
        "A message with an output_text part and a part of a type the spec does not define.",
        mutation=f"appended {future_part!r} to /output/1/content",
        **pair("Response", {"/output/1/content/0": "outputText", "/output/1/content/1": "unknown"}))

    items = conversation()
    items[2].update(ADDED)
    add("unknown-fields", "request-echoed-reasoning", request(input=items), "ResponseCreateParams",
        "A request echoing a reasoning item that carried an unknown field when it was received.",
        mutation=f"{added} to /input/2",
        **request_both({"/input/2": "item.reasoning"}, {"/input/2": "reasoning"}))

    add_negative()


def add_negative() -> None:
    def negative(name, body, path, mutation, description, openai_path=None, infercom_path=None, kind="Response",
                 infercom_kind=None):
        add("negative", name, body, kind, description, mutation=mutation,
            openai=error_at(kind, openai_path or path),
            infercom=None if infercom_path is False else error_at(infercom_kind or kind, infercom_path or path))

    body = response_body(message(output_text("Sunny.")))
    body["output"][0]["content"][0]["logprobs"] = "unavailable"
    negative("output-text-logprobs-string", body, "/output/0/content/0/logprobs",
             "set /output/0/content/0/logprobs to 'unavailable'",
             "An output_text part whose logprobs is a string, not an array: an error, not an unknown part.")

    body = response_body(message(output_text("Sunny.")))
    body["output"][0]["content"][0]["logprobs"][0]["logprob"] = "high"
    negative("output-text-logprob-value-string", body, "/output/0/content/0/logprobs/0/logprob",
             "set /output/0/content/0/logprobs/0/logprob to 'high'",
             "A logprob entry whose logprob is a string.")

    body = response_body(message(output_text("{}")), text={"format": JSON_SCHEMA_FORMAT})
    del body["text"]["format"]["name"]
    negative("json-schema-format-without-name", body, "/text/format/name", "removed /text/format/name",
             "A json_schema text format without its required name: not a plain text format.")

    body = request(input="Weather as JSON.", text={"format": JSON_SCHEMA_FORMAT})
    del body["text"]["format"]["name"]
    negative("request-json-schema-format-without-name", body, "/text/format/name", "removed /text/format/name",
             "The same in a request body.", kind="CreateResponse", infercom_kind="CreateResponseRequest")

    body = request(input="Weather?", tools=[WEATHER_TOOL_PARAM], tool_choice={"type": "function", "name": "x"})
    del body["tool_choice"]["name"]
    negative("tool-choice-function-without-name", body, "/tool_choice/name", "removed /tool_choice/name",
             "A function tool_choice without its name: not a hosted-tool choice.",
             kind="CreateResponse", infercom_kind="CreateResponseRequest")

    body = response_body(function_call())
    del body["output"][0]["call_id"]
    negative("function-call-without-call-id", body, "/output/0/call_id", "removed /output/0/call_id",
             "A function_call output item without its required call_id.")

    body = response_body(reasoning(summary=[]))
    body["output"][0]["summary"] = "The user wants the weather."
    negative("reasoning-summary-string", body, "/output/0/summary", "set /output/0/summary to a string",
             "A reasoning item whose summary is a string, not an array of parts.")

    body = event("response.output_text.delta")
    body["delta"] = 42
    negative("event-text-delta-number", body, "/delta", "set /delta to 42",
             "An output_text.delta event whose delta is a number.", kind="ResponseStreamEvent")

    body = response_body(message(output_text("{}")), text={"format": JSON_SCHEMA_FORMAT})
    body["text"]["format"]["schema"] = "{\"type\": \"object\"}"
    negative("json-schema-format-schema-string", body, "/text/format/schema", "set /text/format/schema to a string",
             "A json_schema text format whose schema is a JSON string instead of an object.")

    body = request(input="Weather?", tools=[WEATHER_TOOL_PARAM],
                   tool_choice={"type": "allowed_tools", "mode": "auto", "tools": [{"type": "function", "name": "x"}]})
    del body["tool_choice"]["tools"]
    negative("tool-choice-allowed-tools-without-tools", body, "/tool_choice/tools", "removed /tool_choice/tools",
             "An allowed_tools tool_choice without its tools list.", infercom_path=False,
             kind="CreateResponse")

    body = request(input=[{"type": "function_call_output", "call_id": "call_12345xyz", "output": "21"}])
    del body["input"][0]["output"]
    negative("function-call-output-without-output", body, "/input/0/output", "removed /input/0/output",
             "A function_call_output input item without its output.",
             kind="CreateResponse", infercom_kind="CreateResponseRequest")

    body = event("response.output_item.done-message")
    del body["item"]["content"][0]["text"]
    negative("event-item-done-part-without-text", body, "/item/content/0/text", "removed /item/content/0/text",
             "An output_item.done event whose message part has no text.", kind="ResponseStreamEvent")
