namespace Store.Core.Email;

/// <summary>Bound from <c>Email:Smtp</c>; an empty <see cref="Host"/> means emails are written as files instead.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    public string User { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string From { get; set; } = "Store <no-reply@store.local>";

    /// <summary>Port 465 wraps the connection in TLS; other ports require STARTTLS. False sends in clear (local relays, tests).</summary>
    public bool UseTls { get; set; } = true;
}
