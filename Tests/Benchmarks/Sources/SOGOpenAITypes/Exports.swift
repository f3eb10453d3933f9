// swift-openapi-generator output for this target is written to Generated/ by bench.py (not committed).
@_exported import OpenAPIRuntime
