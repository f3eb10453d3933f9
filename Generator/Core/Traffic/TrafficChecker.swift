/// Checks recorded exchanges against a spec: the operation (method + path template), the request
/// body, the response's status, headers and content type, and the body — a JSON document, or
/// each Server-Sent Event's data — against the schemas. Findings are aggregated in a `TrafficReport`.
public struct TrafficChecker {
    let document: OpenAPIDocument
    let validator: SchemaValidator
    let matcher: OperationMatcher
    let checksHeaders: Bool

    public init(document: OpenAPIDocument, configuration: GeneratorConfiguration = GeneratorConfiguration()) {
        self.document = document
        validator = SchemaValidator(components: document.components, configuration: configuration)
        matcher = OperationMatcher(document: document)
        checksHeaders = ResponseHeaderPolicy.documentDescribesHeaders(document)
    }

    /// Adds the findings of `exchanges` (one recording) to `report`.
    public func check(_ exchanges: [TrafficExchange], into report: inout TrafficReport) {
        report.recordingCount += 1
        for exchange in exchanges {
            report.exchangeCount += 1
            check(exchange, into: &report)
        }
    }

    func check(_ exchange: TrafficExchange, into report: inout TrafficReport) {
        let method = exchange.method.lowercased()
        let (match, relativePath) = matcher.match(method: exchange.method, target: exchange.path)
        guard let operation = match else {
            let finding = TrafficFinding(
                kind: .undocumentedOperation, severity: .drift, pointer: "#/paths/\(SchemaValidator.escape(relativePath))/\(method)",
                specLocation: nil, message: "\(exchange.method.uppercased()) \(SpecText.visible(relativePath)) is not an operation of the spec",
                key: "")
            report.add(finding, example: example(exchange, line: exchange.requestLine, part: "request"))
            return
        }
        let operationPointer = "#/paths/\(SchemaValidator.escape(operation.path))/\(method)"
        if let body = exchange.requestBody, !body.isEmpty, let requestBody = operation.requestBody {
            let contentType = TrafficExchange.value(of: "Content-Type", in: exchange.requestHeaders)
            checkBody(
                body, contentType: contentType, content: requestBody.content, contentPointer: operationPointer + "/requestBody/content",
                location: operation.location, exchange: exchange, isResponse: false, into: &report)
        }
        guard let head = exchange.response else { return }
        let status = String(head.status)
        guard let (key, response) = Self.response(for: head.status, in: operation) else {
            let severity: TrafficFinding.Severity = head.status >= 400 ? .drift : .breaking
            let finding = TrafficFinding(
                kind: .undocumentedStatus, severity: severity, pointer: operationPointer + "/responses/\(status)",
                specLocation: operation.location, message: "status \(status) is not documented (and there is no 'default' response)",
                key: status)
            report.add(finding, example: example(exchange, line: head.line, part: "response status"))
            return
        }
        let responsePointer = operationPointer + "/responses/" + SchemaValidator.escape(key)
        if checksHeaders { checkHeaders(head, response: response, pointer: responsePointer, operation: operation, exchange: exchange, into: &report) }
        checkBody(
            exchange.body, contentType: TrafficExchange.value(of: "Content-Type", in: head.headers), content: response.content,
            contentPointer: responsePointer + "/content", location: operation.location, exchange: exchange, isResponse: true,
            expectsBody: (200..<300).contains(head.status) && head.status != 204, into: &report)
    }

    /// The documented response for `status`: its own code, then its range (`2XX`), then `default`.
    static func response(for status: Int, in operation: Operation) -> (String, Response)? {
        let code = String(status)
        let range = "\(status / 100)XX"
        return operation.responses.first { $0.status == code }
            ?? operation.responses.first { $0.status.uppercased() == range }
            ?? operation.responses.first { $0.status == "default" }
    }

    func checkHeaders(
        _ head: TrafficExchange.ResponseHead, response: Response, pointer: String, operation: Operation,
        exchange: TrafficExchange, into report: inout TrafficReport
    ) {
        for field in head.headers {
            let name = field.name.lowercased()
            let place = example(exchange, line: head.line, part: "header \(SpecText.visible(field.name))")
            if let documented = response.headers.first(where: { $0.name.lowercased() == name }) {
                guard let schema = documented.header.schema else { continue }
                let value = ResponseHeaderPolicy.value(field.value, for: schema, components: document.components)
                var issues: [SchemaValidator.Issue] = []
                validator.validate(value, against: schema, at: .init(), into: &issues)
                for issue in issues { report.add(issue.finding, example: place) }
            } else if !ResponseHeaderPolicy.isStandard(name) {
                let finding = TrafficFinding(
                    kind: .undocumentedHeader, severity: .drift, pointer: pointer + "/headers/" + SchemaValidator.escape(name),
                    specLocation: operation.location, message: "response header '\(SpecText.visible(name))' is not documented", key: name)
                report.add(finding, example: place)
            }
        }
    }

    func example(_ exchange: TrafficExchange, line: Int, part: String, instancePath: String = "") -> TrafficExample {
        TrafficExample(file: exchange.file, line: line, exchange: exchange.number, part: part, instancePath: instancePath)
    }
}
