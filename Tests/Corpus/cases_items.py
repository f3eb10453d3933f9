"""One case per member of openai-python's item and tool unions: every output item, every input
item, every tool, each decoded on its own as the union type."""
from corpus_support import (INFERCOM_INPUT_ITEMS, INFERCOM_OUTPUT_ITEMS, OPENAI_SPEC_LACKS, WEATHER_TOOL, add, camel,
                            dump, fill, function_call, members, message, output_text, reasoning, type_tag,
                            union_members)
from openai.types.responses import EasyInputMessage, response_input_item
from openai.types.responses.response_input_item import ResponseInputItem
from openai.types.responses.response_output_item import ResponseOutputItem
from openai.types.responses.tool import Tool

# Realistic values for the members the corpus cares most about; the rest get every required field.
REALISTIC_OUTPUT = {
    "ResponseOutputMessage": lambda: message(output_text("Hello!")),
    "ResponseFunctionToolCall": function_call,
    "ResponseReasoningItem": lambda: reasoning(summary=[], encrypted="gAAAAABoISQ24OyVRYbkYfukJzEtW1Ao3hRqMGO9"),
}

# OpenAI's spec gives some members several `type` values; the generator names those after the schema.
OPENAI_TOOL_NAMES = {"web_search": "webSearchTool", "web_search_preview": "webSearchPreviewTool"}


def add_output_items() -> None:
    for model in union_members(ResponseOutputItem):
        item = REALISTIC_OUTPUT.get(model.__name__, lambda: fill(model))()
        tag = type_tag(model)
        add("output-items", tag, dump(item), f"openai.types.responses.{model.__name__} (a ResponseOutputItem)",
            f"A `{tag}` output item decoded as the output item union.",
            openai=members("OutputItem", {"": camel(tag)}),
            infercom=members("OutputItem", {"": INFERCOM_OUTPUT_ITEMS.get(tag, "unknown")}))


def input_item(model):
    name = model.__name__
    if model is EasyInputMessage:
        return EasyInputMessage(type="message", role="user", content="What is the weather in Paris?")
    if model is response_input_item.Message:
        return model(type="message", role="user", status="completed",
                     content=[{"type": "input_text", "text": "Describe this image."},
                              {"type": "input_image", "image_url": "https://example.com/cat.png", "detail": "auto"}])
    if model is response_input_item.ItemReference:
        return model(type="item_reference", id="msg_67ccd2bf17f0819081ff3bb2cf6508e6")
    if model is response_input_item.FunctionCallOutput:
        return model(type="function_call_output", call_id="call_12345xyz", output="{\"temperature_c\":21}")
    if name in REALISTIC_OUTPUT:
        return REALISTIC_OUTPUT[name]()
    return fill(model)


def openai_input_member(model, tag: str):
    """Where OpenAI's InputItem union must put each member: EasyInputMessage at the top, the
    `Item` members one level down. Three schemas share `type: message`; the evidence tells them
    apart: a user message with `status` is an InputMessage (EasyInputMessage has no `status`),
    an assistant message with `id`, `status` and output_text parts an OutputMessage."""
    if tag in OPENAI_SPEC_LACKS:
        return "unknown"
    if model is EasyInputMessage:
        return "message"
    if model is response_input_item.Message:
        return "item.message"
    if model.__name__ == "ResponseOutputMessage":
        return "item.outputMessage"
    if tag in ("compaction_trigger", "item_reference", "program", "program_output"):
        return camel(tag)
    return "item." + camel(tag)


def add_input_items() -> None:
    seen = set()
    for model in union_members(ResponseInputItem):
        item = input_item(model)
        tag = type_tag(model)
        name = tag if tag not in seen else f"{tag}-{model.__name__}"
        if model.__name__ == "ResponseOutputMessage":
            name = "message-assistant-output-echo"
        elif model is response_input_item.Message:
            name = "message-user-parts"
        elif model is EasyInputMessage:
            name = "message-easy"
        seen.add(tag)
        expected = openai_input_member(model, tag)
        ours = INFERCOM_INPUT_ITEMS.get(tag, "unknown")
        add("input-items", name, dump(item), f"openai.types.responses.{model.__name__} (a ResponseInputItem)",
            f"A `{tag}` input item ({model.__name__}) decoded as the input item union.",
            openai=members("InputItem", {"": expected} if expected else {}),
            infercom=members("InputItem", {"": ours}))


def add_tools() -> None:
    for model in union_members(Tool):
        tool = WEATHER_TOOL if model.__name__ == "FunctionTool" else fill(model)
        tag = type_tag(model)
        add("tools", tag, dump(tool), f"openai.types.responses.{model.__name__} (a Tool)",
            f"A `{tag}` tool decoded as the tool union.",
            openai=members("Tool", {"": OPENAI_TOOL_NAMES.get(tag, camel(tag))}),
            infercom=members("Tool", {"": "function" if tag == "function" else "unknown"}))
