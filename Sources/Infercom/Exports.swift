// The runtime (transport, streaming, errors, JSONValue) is part of the public surface:
// `import Infercom` is all an app needs.
@_exported public import OpenAPIClientRuntime
