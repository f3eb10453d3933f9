"""Helpers of make_corpus.py: openai-python's models serialised as the client does, required
fields filled from type annotations, shared realistic values, and the manifest entries."""
from __future__ import annotations

import json
import os
import re
import typing

import pydantic
from openai import _models
from openai._utils import _transform as openai_transform
from openai.types.responses import (FunctionTool, Response, ResponseFunctionToolCall, ResponseOutputMessage,
                                    ResponseOutputText, ResponseReasoningItem, ResponseUsage, response_create_params,
                                    response_output_text)
from openai.types.responses.response_input_param import ResponseInputParam
from openai.types.responses.tool_param import ToolParam

HERE = os.path.dirname(os.path.abspath(__file__))
BODIES = os.path.join(HERE, "Bodies")
MANIFEST = os.path.join(HERE, "manifest.json")

CASES: list[dict] = []


# MARK: - Serialising as the client does

def dump(model: _models.BaseModel) -> dict:
    """The JSON the client sends or receives for a model: by alias, unset fields left out."""
    return model.to_dict(mode="json")


def request_body(params: dict) -> dict:
    """A `POST /responses` body: checked against `ResponseCreateParams` with pydantic and transformed
    with the client's own `_transform`, which is what `client.responses.create(**params)` sends.
    pydantic validates `Iterable[…]` fields lazily (and iterating its lazy validator crashes in
    pydantic-core 2.x), so `input` and `tools` are checked again as lists of their element types."""
    streaming = params.get("stream") is True
    shape = (response_create_params.ResponseCreateParamsStreaming if streaming
             else response_create_params.ResponseCreateParamsNonStreaming)
    pydantic.TypeAdapter(shape).validate_python(params)
    if isinstance(params.get("input"), list):
        pydantic.TypeAdapter(ResponseInputParam).validate_python(params["input"])
    if "tools" in params:
        pydantic.TypeAdapter(typing.List[ToolParam]).validate_python(params["tools"])
    return json.loads(json.dumps(openai_transform.transform(params, shape)))


# MARK: - Filling every required field of a model (for the variants the corpus lists exhaustively)

def union_members(annotation) -> tuple:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return typing.get_args(annotation)


def sample(annotation, name: str, depth: int = 0):
    """A plausible value of `annotation` for a field called `name`; models get every required field."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return sample(typing.get_args(annotation)[0], name, depth)
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin is typing.Union:
        members = [m for m in typing.get_args(annotation) if m is not type(None)]
        return sample(members[0], name, depth)
    if origin in (list, typing.List):
        element = typing.get_args(annotation)[0]
        if depth > 3:
            return []
        return [sample(element, name, depth + 1)]
    if origin in (dict, typing.Dict):
        key, value = typing.get_args(annotation)
        if value is object:
            return {"type": "object"} if "schema" in name or "parameters" in name else {"key": "value"}
        return {"key": sample(value, name, depth + 1)}
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return fill(annotation, depth + 1)
    if annotation is str:
        return sample_string(name)
    if annotation is bool:
        return True
    if annotation is int:
        return 3 if "index" not in name else 0
    if annotation is float:
        return 0.25
    if annotation is object:
        return {"query": "weather in Paris"}
    raise TypeError(f"no sample for {annotation!r} ({name})")


def sample_string(name: str) -> str:
    known = {
        "id": "item_67ccd2bf17f0819081ff3bb2cf6508e6",
        "item_id": "item_67ccd2bf17f0819081ff3bb2cf6508e6",
        "call_id": "call_12345xyz",
        "name": "get_weather",
        "arguments": "{\"location\":\"Paris, France\"}",
        "delta": "Hel",
        "text": "Hello, world.",
        "code": "print(1 + 1)",
        "url": "https://example.com/page",
        "server_label": "deepwiki",
        "container_id": "cntr_abc123",
        "file_id": "file-abc123",
        "filename": "notes.txt",
        "message": "Something went wrong.",
        "model": "gpt-5",
        "partial_image_b64": "iVBORw0KGgo=",
        "result": "iVBORw0KGgo=",
        "obfuscation": "xYz",
    }
    return known.get(name, f"sample {name}")


def fill(model: type[pydantic.BaseModel], depth: int = 0, **overrides) -> pydantic.BaseModel:
    """Builds `model` with every required field filled (realistic where the name says what it is)."""
    values = {}
    for field_name, field in model.model_fields.items():
        key = field.alias or field_name
        if field_name in overrides:
            values[key] = overrides[field_name]
        elif field.is_required():
            values[key] = sample(field.annotation, field_name, depth)
    return model.model_validate(values)


def type_tag(model: type[pydantic.BaseModel]) -> str:
    """The first `type` value a model allows (its `type` field may be optional: `Optional[Literal[…]]`)."""
    annotation = model.model_fields["type"].annotation
    while typing.get_origin(annotation) is not typing.Literal:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    return typing.get_args(annotation)[0]


def camel(tag: str) -> str:
    """The Swift case name both generators derive from a discriminator value."""
    words = [w for w in re.split(r"[._]", tag) if w]
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


# MARK: - Realistic building blocks

RESP_ID = "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b"
MSG_ID = "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b"
RS_ID = "rs_6820f383d7c08191846711c5df8233bc0ac5ba57aafcbac7"
FC_ID = "fc_67ca09c6bedc8190a7abfec07b1a1332096610f474011cc0"
CREATED = 1741476542

WEATHER_PARAMETERS = {
    "type": "object",
    "properties": {
        "location": {"type": "string", "description": "City and country, e.g. Paris, France"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
    },
    "required": ["location", "unit"],
    "additionalProperties": False,
}

WEATHER_TOOL = FunctionTool(type="function", name="get_weather", description="Current weather for a location.",
                            parameters=WEATHER_PARAMETERS, strict=True)

ANSWER_SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "temperature_c": {"type": "number"}},
    "required": ["city", "temperature_c"],
    "additionalProperties": False,
}

LOGPROBS = [
    response_output_text.Logprob(token="Hello", bytes=[72, 101, 108, 108, 111], logprob=-0.0012,
                                 top_logprobs=[
                                     response_output_text.LogprobTopLogprob(token="Hello", bytes=[72, 101, 108, 108, 111], logprob=-0.0012),
                                     response_output_text.LogprobTopLogprob(token="Hi", bytes=[72, 105], logprob=-6.75),
                                 ]),
    response_output_text.Logprob(token="!", bytes=[33], logprob=-0.31, top_logprobs=[]),
]

ANNOTATIONS = [
    response_output_text.AnnotationURLCitation(type="url_citation", url="https://example.com/weather",
                                               title="Weather today", start_index=0, end_index=6),
    response_output_text.AnnotationFileCitation(type="file_citation", file_id="file-abc123", filename="notes.txt", index=6),
    response_output_text.AnnotationContainerFileCitation(type="container_file_citation", container_id="cntr_abc123",
                                                         file_id="file-def456", filename="plot.png",
                                                         start_index=0, end_index=6),
    response_output_text.AnnotationFilePath(type="file_path", file_id="file-ghi789", index=3),
]


def output_text(text="Hello!", logprobs=True, annotations=()) -> ResponseOutputText:
    return ResponseOutputText(type="output_text", text=text, annotations=list(annotations),
                              logprobs=LOGPROBS if logprobs else [])


def message(*parts, status="completed", id=MSG_ID) -> ResponseOutputMessage:
    return ResponseOutputMessage(type="message", id=id, role="assistant", status=status, content=list(parts))


def reasoning(summary=(), content=None, encrypted=None) -> ResponseReasoningItem:
    values = dict(type="reasoning", id=RS_ID, summary=list(summary))
    if content is not None:
        values["content"] = content
    if encrypted is not None:
        values["encrypted_content"] = encrypted
    return ResponseReasoningItem.model_validate(values)


def function_call(status="completed") -> ResponseFunctionToolCall:
    return ResponseFunctionToolCall(type="function_call", id=FC_ID, call_id="call_12345xyz", name="get_weather",
                                    arguments="{\"location\":\"Paris, France\",\"unit\":\"celsius\"}", status=status)


def usage() -> ResponseUsage:
    return ResponseUsage.model_validate({
        "input_tokens": 328, "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": 52, "output_tokens_details": {"reasoning_tokens": 20}, "total_tokens": 380})


def response(output=(), status="completed", tool_choice="auto", tools=(WEATHER_TOOL,), text=None, **extra) -> Response:
    values = dict(id=RESP_ID, object="response", created_at=CREATED, model="gpt-5-2025-08-07", status=status,
                  output=list(output), parallel_tool_calls=True, tool_choice=tool_choice, tools=list(tools),
                  temperature=1.0, top_p=1.0, metadata={}, error=None, incomplete_details=None, instructions=None,
                  reasoning={"effort": "medium", "summary": None}, truncation="disabled",
                  text=text or {"format": {"type": "text"}, "verbosity": "medium"}, usage=usage())
    values.update(extra)
    return Response.model_validate(values)


# MARK: - Recording cases

def add(kind: str, name: str, body, source: str, description: str, openai=None, infercom=None, mutation=None):
    """Records one case. `openai` / `infercom`: {"type": Swift type, "members": {pointer: chain}} or
    {"type": …, "error_at": pointer} for a body that must fail to decode; `None` when the bindings
    do not cover the case."""
    case = {"id": f"{kind}/{name}", "file": f"Bodies/{kind}/{name}.json", "source": source,
            "description": description, "bindings": {}}
    if mutation:
        case["mutation"] = mutation
    if openai is not None:
        case["bindings"]["openai"] = openai
    if infercom is not None:
        case["bindings"]["infercom"] = infercom
    CASES.append((case, body))


def expect(type_name: str, **members) -> dict:
    return {"type": type_name, "members": {pointer(k): v for k, v in members.items()}}


def members(type_name: str, mapping: dict) -> dict:
    return {"type": type_name, "members": dict(mapping)}


def error_at(type_name: str, path: str) -> dict:
    return {"type": type_name, "error_at": path}


def pointer(key: str) -> str:
    return "" if key == "root" else "/" + key.replace("__", "/")


# `type` values openai-python knows that ../shared/data/openai-openapi.yaml does not define: those
# bodies must land in the `unknown` member of OpenAI's bindings too (and round-trip whole).
OPENAI_SPEC_LACKS = {"configuration_update", "response.compaction.compacting"}

INFERCOM_OUTPUT_ITEMS = {"message": "message", "function_call": "functionCall", "reasoning": "reasoning"}
INFERCOM_INPUT_ITEMS = {"message": "message", "function_call": "functionCall",
                        "function_call_output": "functionCallOutput", "reasoning": "reasoning"}
INFERCOM_EVENTS = {
    "response.created", "response.in_progress", "response.completed", "response.failed", "response.incomplete",
    "response.output_item.added", "response.output_item.done", "response.content_part.added",
    "response.content_part.done", "response.output_text.delta", "response.output_text.done",
    "response.reasoning_text.delta", "response.reasoning_text.done",
    "response.function_call_arguments.delta", "response.function_call_arguments.done", "error",
}
