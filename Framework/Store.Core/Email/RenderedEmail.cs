namespace Store.Core.Email;

public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody);
