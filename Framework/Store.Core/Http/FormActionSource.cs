namespace Store.Core.Http;

/// <summary>
/// An origin a form may lead to besides the site, added to the default policy's <c>form-action</c>: a module
/// registers one as a singleton when a form post of its answers with a redirect to another site (a hosted
/// payment page). Browsers check <c>form-action</c> on every redirect after a form post, too.
/// </summary>
public sealed record FormActionSource(string Origin);
