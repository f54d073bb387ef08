namespace Store.Content.Seo;

/// <summary>A redirect as the admin's form posts it.</summary>
public sealed class RedirectInput
{
    public string? FromPath { get; set; }

    public string? ToPath { get; set; }

    public int StatusCode { get; set; } = 301;
}
