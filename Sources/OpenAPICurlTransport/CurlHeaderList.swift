internal import CCurl
import OpenAPITransport

/// Request header lines as a libcurl `curl_slist`, freed explicitly once the transfer is over.
///
/// libcurl keeps pointing at the list for the whole transfer (it does not copy it), so the owner
/// must keep it alive until the easy handle is cleaned up.
struct CurlHeaderList {
    private(set) var head: UnsafeMutablePointer<curl_slist>?

    init() {}

    /// Adds one header. An empty value uses curl's `Name;` form (sends `Name:` with no value),
    /// because `Name:` alone tells curl to remove its own default header.
    mutating func append(name: String, value: String) throws(TransportError) {
        try append(line: value.isEmpty ? "\(name);" : "\(name): \(value)")
    }

    /// Suppresses a header curl would add on its own (e.g. `Expect`), via curl's `Name:` form.
    mutating func suppress(_ name: String) throws(TransportError) {
        try append(line: "\(name):")
    }

    private mutating func append(line: String) throws(TransportError) {
        guard let newHead = line.withCString({ curl_slist_append(head, $0) }) else {
            throw .invalidRequest(detail: "could not allocate header list")
        }
        head = newHead
    }

    mutating func free() {
        curl_slist_free_all(head)
        head = nil
    }
}
