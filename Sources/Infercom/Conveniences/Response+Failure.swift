extension Response: ReportsServerFailure {
    /// A response whose `status` is `failed` is thrown as `ClientError.responseFailed` by
    /// `createResponse`, carrying the server's `error.code` and `error.message`.
    public func serverFailure(operationID: String) -> ClientError? {
        guard status == .failed else { return nil }
        return .responseFailed(ServerFailure(
            operationID: operationID, message: error?.message ?? "the response failed", code: error?.code, responseID: id))
    }
}
