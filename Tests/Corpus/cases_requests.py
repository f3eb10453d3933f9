"""Request bodies of `POST /responses`, built as `ResponseCreateParams` dicts and checked by
openai-python's own types (see corpus_support.request_body)."""
from cases_responses import INFERCOM_FORMAT, JSON_SCHEMA_FORMAT, OPENAI_FORMAT, OPENAI_TOOL_CHOICE
from corpus_support import (WEATHER_PARAMETERS, add, camel, dump, fill, function_call, members, message, output_text,
                            reasoning, request_body, union_members)
from openai.types.responses import EasyInputMessage, response_input_item
from openai.types.responses.tool import Tool
from cases_items import OPENAI_TOOL_NAMES

KIND = "requests"
SOURCE = "openai.types.responses.ResponseCreateParams"
WEATHER_TOOL_PARAM = {"type": "function", "name": "get_weather", "description": "Current weather for a location.",
                      "parameters": WEATHER_PARAMETERS, "strict": True}


def request(**params) -> dict:
    return request_body({"model": "gpt-5", **params})


def both(openai_members: dict, infercom_members: dict | None):
    return dict(openai=members("CreateResponse", openai_members),
                infercom=None if infercom_members is None else members("CreateResponseRequest", infercom_members))


def conversation() -> list:
    """A stateless multi-turn input: earlier output items echoed back as input, then the tool result."""
    return [
        dump(EasyInputMessage(type="message", role="developer", content="Answer briefly.")),
        dump(response_input_item.Message(type="message", role="user",
                                         content=[{"type": "input_text", "text": "What is the weather in Paris?"}])),
        dump(reasoning(summary=[], encrypted="gAAAAABoISQ24OyVRYbkYfukJzEtW1Ao3hRqMGO9")),
        dump(function_call()),
        dump(response_input_item.FunctionCallOutput(type="function_call_output", call_id="call_12345xyz",
                                                    output="{\"temperature_c\":21,\"sky\":\"clear\"}")),
        dump(message(output_text("It is sunny, 21 °C.", logprobs=False))),
        dump(EasyInputMessage(type="message", role="user", content="And tomorrow?")),
    ]


def add_requests() -> None:
    add(KIND, "string-input", request(input="Tell me a three sentence bedtime story about a unicorn."), SOURCE,
        "The simplest request: a model and a string input.",
        **both({"/input": "textInput"}, {"/input": "text"}))

    body = request(input=conversation(), tools=[WEATHER_TOOL_PARAM], instructions="You are a weather assistant.",
                   reasoning={"effort": "low"}, store=False, include=["reasoning.encrypted_content"])
    add(KIND, "multi-turn-echo", body, SOURCE,
        "A stateless multi-turn request: developer and user messages, the previous turn's reasoning item "
        "(summary: []), function call and assistant message echoed back, the function call output.",
        **both({"/input": "inputItemList", "/input/0": "message", "/input/2": "item.reasoning",
                "/input/3": "item.functionCall", "/input/4": "item.functionCallOutput",
                "/input/5": "item.outputMessage", "/input/6": "message", "/tools/0": "function"},
               {"/input": "items", "/input/0": "message", "/input/1": "message", "/input/2": "reasoning",
                "/input/3": "functionCall", "/input/4": "functionCallOutput", "/input/5": "message",
                "/input/6": "message"}))

    output_list = [{"type": "input_text", "text": "Here is the chart."},
                   {"type": "input_image", "image_url": "https://example.com/chart.png", "detail": "low"}]
    body = request(input=[{"type": "function_call_output", "call_id": "call_12345xyz", "output": output_list}])
    add(KIND, "function-call-output-parts", body, SOURCE,
        "A function call output whose `output` is a list of input parts instead of a string.",
        openai=members("CreateResponse", {"/input/0": "item.functionCallOutput", "/input/0/output": "array"}),
        # Infercom (SambaNova) takes a string only: our bindings refuse the array where it stands.
        infercom={"type": "CreateResponseRequest", "error_at": "/input/0/output"})

    body = request(input="Stream a haiku.", stream=True, stream_options={"include_obfuscation": False})
    add(KIND, "streaming", body, SOURCE, "A streaming request with stream_options.",
        **both({"/input": "textInput"}, {"/input": "text"}))

    choices = {
        "auto": ("options", "auto"), "none": ("options", "none"), "required": ("options", "required"),
        "function": ("function", {"type": "function", "name": "get_weather"}),
        "allowed-tools": ("allowed", {"type": "allowed_tools", "mode": "auto",
                                      "tools": [{"type": "function", "name": "get_weather"}, {"type": "web_search"}]}),
        "hosted-web-search-preview": ("hosted", {"type": "web_search_preview"}),
        "hosted-image-generation": ("hosted", {"type": "image_generation"}),
        "hosted-code-interpreter": ("hosted", {"type": "code_interpreter"}),
        "mcp": ("mcp", {"type": "mcp", "server_label": "deepwiki"}),
        "custom": ("custom", {"type": "custom", "name": "sql_grammar"}),
        "apply-patch": ("apply_patch", {"type": "apply_patch"}),
        "shell": ("shell", {"type": "shell"}),
    }
    for name, (member, choice) in choices.items():
        ours = {"options": "mode", "function": "function"}.get(member, "unknown")
        body = request(input="What is the weather in Paris?", tools=[WEATHER_TOOL_PARAM], tool_choice=choice)
        add(KIND, f"tool-choice-{name}", body, SOURCE, f"A request with tool_choice {choice!r}.",
            **both({"/tool_choice": OPENAI_TOOL_CHOICE[member]}, {"/tool_choice": ours}))

    formats = {"text": {"type": "text"}, "json_object": {"type": "json_object"}, "json_schema": JSON_SCHEMA_FORMAT}
    for name, text_format in formats.items():
        body = request(input="Weather in Paris as JSON.", text={"format": text_format, "verbosity": "low"})
        add(KIND, f"text-format-{name.replace('_', '-')}", body, SOURCE, f"A request with text.format {name}.",
            **both({"/text/format": OPENAI_FORMAT[name]}, {"/text/format": INFERCOM_FORMAT[name]}))

    tools = [WEATHER_TOOL_PARAM] + [dump(fill(m)) for m in union_members(Tool) if m.__name__ != "FunctionTool"]
    tags = [t["type"] for t in tools]
    body = request(input="Use whatever tool helps.", tools=tools, tool_choice="auto")
    # Our spec's requests take function tools only (`tools: [FunctionTool]`, no union): not covered.
    add(KIND, "every-tool", body, SOURCE, "A request listing one tool of every kind openai-python knows.",
        **both({f"/tools/{i}": OPENAI_TOOL_NAMES.get(t, camel(t)) for i, t in enumerate(tags)}, None))
