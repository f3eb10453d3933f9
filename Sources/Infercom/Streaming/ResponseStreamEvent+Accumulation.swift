extension ResponseStreamEvent: AccumulatesStream {
    /// Every `EventStream<ResponseStreamEvent>` folds its events into a `ResponseAccumulator`.
    public typealias Accumulator = ResponseAccumulator
}

extension StreamEndedEarly {
    /// The response the events that did arrive add up to (status `in_progress`, the text so far);
    /// `nil` if no event carried a response or the stream was not of `ResponseStreamEvent`.
    public var partialResponse: Response? { partialValue as? Response }
}
