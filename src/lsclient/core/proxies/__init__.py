"""Entity proxies and repositories, one module per Label Studio resource."""
