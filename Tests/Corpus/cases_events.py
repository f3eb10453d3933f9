"""Stream events: one case for every member of openai-python's `ResponseStreamEvent`, plus the
events of a realistic text, reasoning and function-call stream. Each body is one SSE `data:`."""
import corpus_support as S
from openai.types.responses.response_stream_event import ResponseStreamEvent
from corpus_support import (INFERCOM_EVENTS, add, camel, dump, fill, function_call, members,
                            message, output_text, reasoning, response, type_tag, union_members)
from openai.types.responses import (ResponseCompletedEvent, ResponseContentPartAddedEvent, ResponseContentPartDoneEvent,
                                    ResponseCreatedEvent, ResponseErrorEvent, ResponseFailedEvent,
                                    ResponseFunctionCallArgumentsDeltaEvent, ResponseFunctionCallArgumentsDoneEvent,
                                    ResponseIncompleteEvent, ResponseInProgressEvent, ResponseOutputItemAddedEvent,
                                    ResponseOutputItemDoneEvent, ResponseReasoningTextDeltaEvent,
                                    ResponseReasoningTextDoneEvent, ResponseTextDeltaEvent, ResponseTextDoneEvent)

SOURCE = "openai.types.responses.{} (a ResponseStreamEvent)"
TEXT = "Sunny, 21 °C."
DELTA_LOGPROBS = [{"token": "Sunny", "logprob": -0.02, "top_logprobs": [{"token": "Sunny", "logprob": -0.02}]}]


def realistic_events():
    """(name, event, extra member expectations) of a stream as the API sends it."""
    common = dict(item_id=S.MSG_ID, output_index=1)
    return [
        ("response.created", ResponseCreatedEvent(type="response.created", sequence_number=0,
                                                  response=response(status="in_progress", usage=None)), {}),
        ("response.in_progress", ResponseInProgressEvent(type="response.in_progress", sequence_number=1,
                                                         response=response(status="in_progress", usage=None)), {}),
        ("response.output_item.added-reasoning", ResponseOutputItemAddedEvent(
            type="response.output_item.added", sequence_number=2, output_index=0, item=reasoning(summary=[])),
         {"/item": "reasoning"}),
        ("response.reasoning_text.delta", ResponseReasoningTextDeltaEvent(
            type="response.reasoning_text.delta", sequence_number=3, item_id=S.RS_ID, output_index=0,
            content_index=0, delta="The user wants"), {}),
        ("response.reasoning_text.done", ResponseReasoningTextDoneEvent(
            type="response.reasoning_text.done", sequence_number=4, item_id=S.RS_ID, output_index=0,
            content_index=0, text="The user wants the weather."), {}),
        ("response.output_item.added-message", ResponseOutputItemAddedEvent(
            type="response.output_item.added", sequence_number=5, output_index=1,
            item=S.ResponseOutputMessage(type="message", id=S.MSG_ID, role="assistant", status="in_progress",
                                         content=[])), {"/item": "message"}),
        ("response.content_part.added", ResponseContentPartAddedEvent(
            type="response.content_part.added", sequence_number=6, content_index=0,
            part=output_text("", logprobs=False), **common), {"/part": "outputText"}),
        ("response.output_text.delta", ResponseTextDeltaEvent(
            type="response.output_text.delta", sequence_number=7, content_index=0, delta="Sunny",
            logprobs=DELTA_LOGPROBS, **common), {}),
        ("response.output_text.done", ResponseTextDoneEvent(
            type="response.output_text.done", sequence_number=8, content_index=0, text=TEXT, logprobs=[], **common), {}),
        ("response.content_part.done", ResponseContentPartDoneEvent(
            type="response.content_part.done", sequence_number=9, content_index=0,
            part=output_text(TEXT), **common), {"/part": "outputText"}),
        ("response.output_item.done-message", ResponseOutputItemDoneEvent(
            type="response.output_item.done", sequence_number=10, output_index=1, item=message(output_text(TEXT))),
         {"/item": "message", "/item/content/0": "outputText"}),
        ("response.output_item.added-function-call", ResponseOutputItemAddedEvent(
            type="response.output_item.added", sequence_number=11, output_index=2,
            item=function_call(status="in_progress").model_copy(update={"arguments": ""})), {"/item": "functionCall"}),
        ("response.function_call_arguments.delta", ResponseFunctionCallArgumentsDeltaEvent(
            type="response.function_call_arguments.delta", sequence_number=12, item_id=S.FC_ID, output_index=2,
            delta="{\"location\":"), {}),
        ("response.function_call_arguments.done", ResponseFunctionCallArgumentsDoneEvent(
            type="response.function_call_arguments.done", sequence_number=13, item_id=S.FC_ID, output_index=2,
            name="get_weather", arguments="{\"location\":\"Paris, France\",\"unit\":\"celsius\"}"), {}),
        ("response.output_item.done-function-call", ResponseOutputItemDoneEvent(
            type="response.output_item.done", sequence_number=14, output_index=2, item=function_call()),
         {"/item": "functionCall"}),
        ("response.completed", ResponseCompletedEvent(
            type="response.completed", sequence_number=15,
            response=response(output=[reasoning(summary=[]), message(output_text(TEXT)), function_call()])),
         {"/response/output/0": "reasoning", "/response/output/1": "message", "/response/output/2": "functionCall"}),
        ("response.failed", ResponseFailedEvent(
            type="response.failed", sequence_number=3,
            response=response(status="failed", usage=None,
                              error={"code": "rate_limit_exceeded", "message": "Rate limit reached."})), {}),
        ("response.incomplete", ResponseIncompleteEvent(
            type="response.incomplete", sequence_number=9,
            response=response(status="incomplete", incomplete_details={"reason": "max_output_tokens"},
                              output=[message(output_text("Sunny", logprobs=False), status="incomplete")])),
         {"/response/output/0": "message"}),
        ("error", ResponseErrorEvent(type="error", sequence_number=2, code="server_error",
                                     message="The server had an error while processing your request.", param=None), {}),
    ]


def add_events() -> None:
    covered = set()
    for name, event, extra in realistic_events():
        tag = event.type
        covered.add(type(event).__name__)
        ours = camel(tag) if tag in INFERCOM_EVENTS else "unknown"
        add("events", name, dump(event), SOURCE.format(type(event).__name__),
            f"A `{tag}` event as a realistic stream sends it.",
            openai=members("ResponseStreamEvent", {"": camel(tag), **extra}),
            infercom=members("ResponseStreamEvent", {"": ours, **(extra if ours != "unknown" else {})}))
    for model in union_members(ResponseStreamEvent):
        if model.__name__ in covered:
            continue
        tag = type_tag(model)
        ours = camel(tag) if tag in INFERCOM_EVENTS else "unknown"
        add("events", tag, dump(fill(model)), SOURCE.format(model.__name__),
            f"A `{tag}` event with every required field.",
            openai=members("ResponseStreamEvent", {"": "unknown" if tag in S.OPENAI_SPEC_LACKS else camel(tag)}),
            infercom=members("ResponseStreamEvent", {"": ours}))
