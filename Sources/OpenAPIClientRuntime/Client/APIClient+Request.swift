extension APIClient {
    /// The transport-level request for `request`: validated, encoded, with URL and headers complete.
    ///
    /// Header precedence, lowest first: the client's own (authorization, content type, accept,
    /// user agent), the configuration's defaults, the operation's header parameters, the call's
    /// options. A cookie credential is added to whatever `Cookie` those set.
    func makeHTTPRequest(_ request: OperationRequest, accept: String, options: RequestOptions) throws(ClientError) -> HTTPRequest {
        if let refusal = request.refusal { throw .invalidRequest(InvalidRequest(operationID: request.operationID, detail: refusal)) }
        let body = try encodeBody(of: request)
        var headers = HTTPFields()
        var query = request.query
        let credential = configuration.apiKey.map { (key: $0, placement: configuration.credentialPlacement(for: request)) }
        var secrets: [String] = []
        if let credential, !credential.placement.joinsOtherHeaders {
            secrets = credential.placement.apply(credential.key, headers: &headers, query: &query)
        }
        if let body { headers["Content-Type"] = body.contentType }
        headers["Accept"] = accept
        if let userAgent = configuration.userAgent { headers["User-Agent"] = userAgent }
        headers = headers
            .overriding(with: configuration.defaultHeaders)
            .overriding(with: request.headers)
            .overriding(with: options.headers)
        if let credential, credential.placement.joinsOtherHeaders {
            secrets = credential.placement.apply(credential.key, headers: &headers, query: &query)
        }
        return HTTPRequest(
            method: request.method, url: url(for: request.path, query: query), headers: headers, body: body?.bytes,
            timeouts: options.timeouts ?? configuration.timeouts, secrets: secrets)
    }

    /// `baseURL` + `path` + the percent-encoded query, with exactly one slash between base and path.
    func url(for path: String, query: [QueryItem]) -> String {
        var base = configuration.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        let path = path.isEmpty || path.hasPrefix("/") ? path : "/" + path
        return base + path + PercentEncoding.queryString(query, appendingTo: path)
    }

    /// Validates a JSON body against its schema constraints, then encodes the body as its media type says.
    private func encodeBody(of request: OperationRequest) throws(ClientError) -> EncodedBody? {
        guard let content = request.content else { return nil }
        if case .json(let body) = content, let validatable = body as? any SchemaValidatable {
            do {
                try validatable.validate()
            } catch {
                throw .invalidRequest(InvalidRequest(operationID: request.operationID, violation: error, detail: error.description))
            }
        }
        do {
            return try content.encoded()
        } catch {
            throw .invalidRequest(InvalidRequest(operationID: request.operationID, detail: error.detail))
        }
    }
}
