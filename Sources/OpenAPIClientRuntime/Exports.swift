// The transport protocol and the transports are part of the runtime's public surface: bindings
// and apps name `HTTPTransport`, `CurlTransport` or `URLSessionTransport` with one import.
@_exported public import OpenAPITransport
@_exported public import OpenAPIURLSessionTransport

#if LibcurlTransport && !(os(iOS) || os(tvOS) || os(watchOS) || os(visionOS))
@_exported public import OpenAPICurlTransport
#endif
