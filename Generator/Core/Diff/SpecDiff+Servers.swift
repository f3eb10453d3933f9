/// Servers: the first one is the client's default base URL.
extension SpecDiff {
    mutating func compareServers() {
        let before = old.document.servers.map(\.url)
        let after = new.document.servers.map(\.url)
        let symbol = "\(clientName).defaultBaseURL"
        if let first = before.first, first != after.first {
            let pointer = after.isEmpty ? "#/servers" : "#/servers/0/url"
            report(SpecChange(
                .wireBreaking, rule: "server-url-changed", pointer: pointer, symbol: symbol,
                location: after.isEmpty ? old.location(of: "#/servers") : new.location(of: pointer),
                message: after.first.map { "the server URL changed from '\(SpecText.visible(first))' to '\(SpecText.visible($0))'" }
                    ?? "the server URL '\(SpecText.visible(first))' was removed",
                explanation: "clients built from the old spec send requests to the old URL by default"))
        }
        for (index, url) in before.enumerated().dropFirst() where !after.contains(url) {
            let pointer = "#/servers/\(index)/url"
            report(SpecChange(
                .wireBreaking, rule: "server-removed", pointer: pointer, symbol: symbol, location: old.location(of: pointer),
                message: "server '\(SpecText.visible(url))' was removed", explanation: "clients configured with its URL lose it"))
        }
        for (index, url) in after.enumerated() where !before.contains(url) && !(index == 0 && before.first != nil) {
            let pointer = "#/servers/\(index)/url"
            report(SpecChange(
                .additive, rule: "server-added", pointer: pointer, symbol: symbol, location: new.location(of: pointer),
                message: "server '\(SpecText.visible(url))' was added"))
        }
    }
}
