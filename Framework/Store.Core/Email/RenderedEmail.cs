namespace Store.Core.Email;

/// <summary>An email ready for the outbox: subject, the HTML in its layout, and a plain-text alternative.</summary>
public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody);
