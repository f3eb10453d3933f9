/// Operations, paired by method and path: presence, method name, parameters, request body,
/// content types and the types sent and received.
extension SpecDiff {
    static func operationPointer(_ operation: OperationModel) -> String {
        "#/paths/\(YAMLPointer.escape(operation.path))/\(operation.httpMethod.lowercased())"
    }

    mutating func compareOperations() {
        var newTranslator: TypeTranslator?
        for key in old.operations.keys.sorted() {
            let (before, _) = old.operations[key]!
            let pointer = Self.operationPointer(before)
            guard let (after, source) = new.operations[key] else {
                if let skipped = new.document.operations.first(where: { "\($0.method) \($0.path)" == key }),
                   new.configuration.selects(skipped.operationID) {
                    // The server still serves it; the bindings no longer have the method.
                    if newTranslator == nil { newTranslator = TypeTranslator(document: new.document, configuration: new.configuration) }
                    let why = newTranslator?.unsupportedShape(of: skipped)
                    report(SpecChange(
                        .swiftBreaking, rule: "operation-not-generated", pointer: pointer,
                        symbol: "\(old.model.client.name).\(before.methodName)",
                        location: why?.location ?? new.location(of: pointer),
                        message: "operation \(key) (\(before.operationID)) is no longer generated: \(why?.reason ?? "it is not supported")",
                        explanation: "the server still serves it, but the new bindings have no method for it"))
                    continue
                }
                report(SpecChange(
                    .wireBreaking, rule: "operation-removed", pointer: pointer, symbol: "\(old.model.client.name).\(before.methodName)",
                    location: old.location(of: pointer), message: "operation \(key) (\(before.operationID)) was removed",
                    explanation: "calls of the old bindings reach a path or method the server no longer serves"))
                continue
            }
            compareOperation(before, old.operations[key]!.operation, after, source, pointer: pointer)
        }
        for key in new.operations.keys.sorted() where old.operations[key] == nil {
            let (after, _) = new.operations[key]!
            let pointer = Self.operationPointer(after)
            report(SpecChange(
                .additive, rule: "operation-added", pointer: pointer, symbol: "\(clientName).\(after.methodName)",
                location: new.location(of: pointer), message: "operation \(key) (\(after.operationID)) was added"))
        }
    }

    mutating func compareOperation(_ a: OperationModel, _ oldSource: Operation, _ b: OperationModel, _ newSource: Operation, pointer: String) {
        let symbol = "\(clientName).\(b.methodName)"
        if a.methodName != b.methodName || a.operationID != b.operationID {
            let idPointer = pointer + "/operationId"
            report(SpecChange(
                a.methodName == b.methodName ? .documentation : .swiftBreaking, rule: "operation-renamed", pointer: idPointer, symbol: symbol,
                location: new.location(of: idPointer),
                message: "operationId '\(a.operationID)' is now '\(b.operationID)'" + (a.methodName == b.methodName ? "" : " (\(clientName).\(a.methodName) → \(b.methodName))"),
                explanation: a.methodName == b.methodName ? "the method keeps its name" : "the request on the wire is unchanged; calls of the old method no longer compile"))
        }
        compareDocumentation(a.documentation, b.documentation, pointer: pointer, symbol: symbol, what: "operation \(b.httpMethod) \(b.path)")
        compareParameters(a, oldSource, b, newSource, pointer: pointer)
        compareArgumentOrder(a, b, pointer: pointer)
        compareBody(a, oldSource, b, newSource, pointer: pointer)
        compareSuccess(a, oldSource, b, newSource, pointer: pointer)
    }

    mutating func compareBody(_ a: OperationModel, _ oldSource: Operation, _ b: OperationModel, _ newSource: Operation, pointer: String) {
        let symbol = "\(clientName).\(b.methodName)"
        let bodyPointer = pointer + "/requestBody"
        switch (a.body, b.body) {
        case (nil, let body?):
            report(SpecChange(
                body.isRequired ? .wireBreaking : .additive, rule: body.isRequired ? "request-body-added-required" : "request-body-added",
                pointer: bodyPointer, symbol: symbol, location: new.location(of: bodyPointer),
                message: "operation \(b.httpMethod) \(b.path) gained a\(body.isRequired ? " required" : "n optional") request body (\(body.swiftDescription))",
                explanation: body.isRequired ? "calls of the old bindings send none" : "the method's new parameter has a default"))
        case (_?, nil):
            report(SpecChange(
                .swiftBreaking, rule: "request-body-removed", pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                message: "operation \(b.httpMethod) \(b.path) no longer takes a request body", explanation: "calls that pass one no longer compile"))
        case (let before?, let after?):
            if !before.isRequired && after.isRequired {
                report(SpecChange(
                    .wireBreaking, rule: "request-body-required", pointer: bodyPointer, symbol: symbol, location: new.location(of: bodyPointer),
                    message: "the request body of \(b.httpMethod) \(b.path) became required",
                    explanation: "calls of the old bindings may send none"))
            }
            if let beforeType = before.jsonType, let afterType = after.jsonType {
                if let (category, explanation) = typeChange(from: beforeType, to: afterType, direction: .request) {
                    report(SpecChange(
                        category, rule: "request-body-type-changed", pointer: bodyPointer, symbol: symbol, location: new.location(of: bodyPointer),
                        message: "the request body of \(b.httpMethod) \(b.path) changed from \(beforeType.swift) to \(afterType.swift)",
                        explanation: explanation))
                }
            } else if before.swiftDescription != after.swiftDescription {
                report(SpecChange(
                    .swiftBreaking, rule: "request-body-type-changed", pointer: bodyPointer, symbol: symbol, location: new.location(of: bodyPointer),
                    message: "the request body of \(b.httpMethod) \(b.path) changed from \(before.swiftDescription) to \(after.swiftDescription)",
                    explanation: "calls that pass the old body type no longer compile"))
            }
        case (nil, nil): break
        }
        let oldTypes = (oldSource.requestBody?.content ?? []).map(\.contentType)
        let newTypes = (newSource.requestBody?.content ?? []).map(\.contentType)
        guard a.body != nil && b.body != nil else { return }
        reportContentTypes(removed: oldTypes.filter { !newTypes.contains($0) }, added: newTypes.filter { !oldTypes.contains($0) },
                           pointer: bodyPointer + "/content", symbol: symbol, what: "request")
    }

    mutating func compareSuccess(_ a: OperationModel, _ oldSource: Operation, _ b: OperationModel, _ newSource: Operation, pointer: String) {
        let symbol = "\(clientName).\(b.methodName)"
        func contentTypes(_ operation: Operation) -> [(status: String, type: String)] {
            operation.successResponses.flatMap { response in
                response.response.content.map { (response.status, $0.contentType) }
            }
        }
        let before = contentTypes(oldSource)
        let after = contentTypes(newSource)
        var reportedTypes = false
        for (status, type) in before where !after.contains(where: { $0.type == type }) {
            let at = "\(pointer)/responses/\(status)/content/\(YAMLPointer.escape(type))"
            reportedTypes = true
            report(SpecChange(
                .wireBreaking, rule: "response-content-type-removed", pointer: at, symbol: symbol, location: old.location(of: at),
                message: "operation \(b.httpMethod) \(b.path) no longer responds with '\(SpecText.visible(type))'",
                explanation: "the old bindings ask for and decode that content type"))
        }
        for (status, type) in after where !before.contains(where: { $0.type == type }) {
            let at = "\(pointer)/responses/\(status)/content/\(YAMLPointer.escape(type))"
            reportedTypes = true
            report(SpecChange(
                .additive, rule: "response-content-type-added", pointer: at, symbol: symbol, location: new.location(of: at),
                message: "operation \(b.httpMethod) \(b.path) may respond with '\(SpecText.visible(type))'",
                explanation: "the old bindings do not ask for it"))
        }
        guard !reportedTypes else { return }  // a new content type changes the method's result: reported above
        let at = "\(pointer)/responses"
        switch (a.success, b.success) {
        case (.json(let x), .json(let y)):
            if let (category, explanation) = typeChange(from: x, to: y, direction: .response) {
                report(SpecChange(
                    category, rule: "response-type-changed", pointer: at, symbol: symbol, location: new.location(of: at),
                    message: "\(b.httpMethod) \(b.path) now returns \(y.swift) (was \(x.swift))", explanation: explanation))
            }
        case (.json(let x), .byStatus(let y)):
            report(SpecChange(
                .swiftBreaking, rule: "response-statuses-changed", pointer: at, symbol: symbol, location: new.location(of: at),
                message: "\(b.httpMethod) \(b.path) now returns \(y.name), one case per status \(statusList(y)) (was \(x.swift))",
                explanation: "its 2xx responses now differ; code that used the old result type no longer compiles"))
        case (.byStatus(let x), .json(let y)):
            report(SpecChange(
                .swiftBreaking, rule: "response-statuses-changed", pointer: at, symbol: symbol, location: new.location(of: at),
                message: "\(b.httpMethod) \(b.path) now returns \(y.swift) (was \(x.name), one case per status)",
                explanation: "its 2xx responses no longer differ; code that switched over the statuses no longer compiles"))
        case (.byStatus(let x), .byStatus(let y)) where x.cases.map(\.status) != y.cases.map(\.status)
            || zip(x.cases, y.cases).contains { $0.type?.swift != $1.type?.swift }:
            report(SpecChange(
                .swiftBreaking, rule: "response-statuses-changed", pointer: at, symbol: symbol, location: new.location(of: at),
                message: "\(b.httpMethod) \(b.path) now returns \(y.name) with the statuses \(statusList(y)) (was \(statusList(x)))",
                explanation: "a switch over the result's cases no longer compiles, or a case carries another type"))
        default: break
        }
        if let x = a.stream?.eventType, let y = b.stream?.eventType, let (category, explanation) = typeChange(from: x, to: y, direction: .response) {
            report(SpecChange(
                category, rule: "stream-event-type-changed", pointer: at, symbol: symbol, location: new.location(of: at),
                message: "the events of \(b.httpMethod) \(b.path) are now \(y.swift) (was \(x.swift))", explanation: explanation))
        }
    }

    /// `200 (JobResult), 204 (no body)`.
    func statusList(_ model: StatusResponsesModel) -> String {
        model.cases.map { "\($0.status) (\($0.type?.swift ?? "no body"))" }.joined(separator: ", ")
    }

    mutating func reportContentTypes(removed: [String], added: [String], pointer: String, symbol: String, what: String) {
        for type in removed {
            let at = pointer + "/" + YAMLPointer.escape(type)
            report(SpecChange(
                .wireBreaking, rule: "\(what)-content-type-removed", pointer: at, symbol: symbol, location: old.location(of: at),
                message: "the \(what) body no longer accepts '\(SpecText.visible(type))'", explanation: "the old bindings send it"))
        }
        for type in added {
            let at = pointer + "/" + YAMLPointer.escape(type)
            report(SpecChange(
                .additive, rule: "\(what)-content-type-added", pointer: at, symbol: symbol, location: new.location(of: at),
                message: "the \(what) body also accepts '\(SpecText.visible(type))'"))
        }
    }
}

extension OperationModel.Body {
    /// The Swift type a caller passes as the body: a JSON type, a generated form, bytes or text.
    var swiftDescription: String {
        switch kind {
        case .json(let type): type.swift
        case .multipart(let form), .urlEncodedForm(let form): form.name
        case .binary: "[UInt8]"
        case .text: "String"
        }
    }
}
