/// Where the API key goes: the document's `security` (the client's default) and each operation's
/// own. Moving it is wire-breaking (old clients send it where the server no longer looks), and so
/// is needing one where none was sent; no longer needing one is additive.
extension SpecDiff {
    mutating func compareCredentials() {
        let before = old.model.client.credential, after = new.model.client.credential
        if before != after {
            report(change(
                from: before, to: after, pointer: "#/security", symbol: "\(clientName).clientDefaults",
                subject: "the client"))
        }
        for key in old.operations.keys.sorted() {
            guard let (newOperation, _) = new.operations[key] else { continue }
            let (oldOperation, _) = old.operations[key]!
            let was = oldOperation.credential ?? before, now = newOperation.credential ?? after
            // An operation that follows the document's security moves with it: reported once above.
            guard was != now, oldOperation.credential != nil || newOperation.credential != nil else { continue }
            report(change(
                from: was, to: now, pointer: Self.operationPointer(newOperation) + "/security",
                symbol: "\(clientName).\(newOperation.methodName)", subject: "operation \(key) (\(newOperation.operationID))"))
        }
    }

    private func change(from was: CredentialModel, to now: CredentialModel, pointer: String, symbol: String, subject: String) -> SpecChange {
        let location = new.location(of: pointer) ?? new.location(of: String(pointer.dropLast("/security".count)))
        if now == .omitted {
            return SpecChange(
                .additive, rule: "credential-no-longer-sent", pointer: pointer, symbol: symbol, location: location,
                message: "\(subject) no longer sends the API key (it went \(was.prose))")
        }
        return SpecChange(
            .wireBreaking, rule: "credential-placement-changed", pointer: pointer, symbol: symbol, location: location,
            message: "\(subject) sends the API key \(now.prose), not \(was.prose)",
            explanation: "clients built from the old spec send the key where the server no longer looks for it")
    }
}
