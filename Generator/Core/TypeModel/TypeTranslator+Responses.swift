/// What an operation's methods return: the 2xx responses' bodies, chosen or told apart by status.
extension TypeTranslator {
    /// One 2xx response as far as the result type is concerned: its first media type (the one the
    /// generated method asks for with `Accept`), event streams aside, which the `…Stream` method has.
    private enum Outcome {
        /// JSON; without a schema it is free-form (`JSONValue`): no schema says nothing of its shape.
        case json(Schema?)
        case noBody
        case other(MediaType)
    }

    private func outcome(of response: Response) -> Outcome? {
        if response.content.isEmpty { return .noBody }
        let media = response.content.filter { Self.baseMediaType($0.contentType) != "text/event-stream" }
        guard let first = media.first else { return nil }
        if isJSON(first.contentType) { return .json(first.schema) }
        return .other(first)
    }

    /// The type of a JSON body: its schema's, or `JSONValue` when it has none.
    private mutating func jsonType(_ schema: Schema?, suggestedName: String) -> (TypeUsage, isNullable: Bool) {
        guard let schema else { return (.json, false) }
        return usage(for: schema, suggestedName: suggestedName)
    }

    mutating func translateSuccess(_ operation: Operation, typeStem: String) -> OperationModel.Success {
        let outcomes: [(status: String, response: Response, outcome: Outcome)] = operation.successResponses
            .compactMap { status, response in outcome(of: response).map { (status, response, $0) } }
        let decodable = outcomes.allSatisfy { if case .other = $0.outcome { false } else { true } }
        if outcomes.count > 1, decodable, differ(outcomes.map(\.outcome)) {
            return .byStatus(statusResponses(outcomes.map { ($0.status, $0.response, $0.outcome) }, typeStem: typeStem))
        }
        // One result for every status: the first response's first media type.
        switch outcomes.first(where: { if case .noBody = $0.outcome { false } else { true } })?.outcome {
        case .json(let schema)?: return .json(jsonType(schema, suggestedName: typeStem + "Response").0)
        case .other(let media)?: return isTextResponse(media) ? .text(contentType: media.contentType) : .binary(contentType: media.contentType)
        case .noBody?, nil: return .empty
        }
    }

    /// Whether the outcomes are not all the same: a body and none, or bodies of other schemas
    /// (inline schemas count as different from each other: each would be its own type).
    private func differ(_ outcomes: [Outcome]) -> Bool {
        var seen: Set<String> = []
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .noBody: seen.insert("no body")
            case .json(let schema?): seen.insert(schema.reference?.pointer ?? "inline \(index)")
            case .json(nil): seen.insert("free-form JSON")
            case .other: seen.insert("other")
            }
        }
        return seen.count > 1
    }

    private mutating func statusResponses(_ outcomes: [(String, Response, Outcome)], typeStem: String) -> StatusResponsesModel {
        let name = names.claim(typeStem + "Response")
        var caseNames = NameRegistry(reserved: [])
        // In status order, the `2XX` range last (it takes what the others leave).
        let ordered = outcomes.sorted { ($0.0.uppercased() == "2XX" ? "3" : $0.0) < ($1.0.uppercased() == "2XX" ? "3" : $1.0) }
        let cases = ordered.map { status, response, outcome -> StatusResponsesModel.Case in
            let caseName = caseNames.claim(Self.caseName(forStatus: status))
            var type: TypeUsage?
            if case .json(let schema) = outcome {
                let (usage, isNullable) = jsonType(schema, suggestedName: name + SwiftNaming.typeName(caseName))
                type = isNullable ? .optional(usage) : usage
            }
            return .init(status: status.uppercased(), caseName: caseName, type: type, text: response.description)
        }
        return StatusResponsesModel(name: name, cases: cases)
    }

    /// `ok`, `created`, … after the reason phrases of RFC 9110; `status299` for others, `success` for `2XX`.
    static func caseName(forStatus status: String) -> String {
        let phrases = [
            "200": "ok", "201": "created", "202": "accepted", "203": "nonAuthoritativeInformation",
            "204": "noContent", "205": "resetContent", "206": "partialContent", "207": "multiStatus",
            "208": "alreadyReported", "226": "imUsed",
        ]
        if let phrase = phrases[status] { return phrase }
        if status.uppercased() == "2XX" { return "success" }
        return "status" + status.filter(\.isASCII).filter(\.isNumber)
    }
}
