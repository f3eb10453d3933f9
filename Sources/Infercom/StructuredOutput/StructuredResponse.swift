/// A typed answer with the response(s) it came from.
public struct StructuredResponse<Value: Sendable>: Sendable {
    /// The answer, decoded and checked against the schema.
    public var value: Value
    /// The response that held the answer.
    public var response: Response
    /// Every response received, in order: two when the first answer was re-asked.
    public var responses: [Response]
    /// The usage of all of them.
    public var usage: UsageTotals

    /// Creates a typed answer; the structured-output calls are what return these.
    public init(value: Value, response: Response, responses: [Response]) {
        self.value = value
        self.response = response
        self.responses = responses
        var usage = UsageTotals()
        for response in responses { usage.add(response.usage) }
        self.usage = usage
    }
}
