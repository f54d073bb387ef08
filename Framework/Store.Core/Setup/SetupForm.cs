namespace Store.Core.Setup;

/// <summary>The setup page's fields, posted as a form and shown again with messages when they are wrong.</summary>
public sealed class SetupForm
{
    public string SiteName { get; set; } = string.Empty;

    public string AdminEmail { get; set; } = string.Empty;

    public string AdminPassword { get; set; } = string.Empty;

    public string Recipe { get; set; } = "demo";

    public string Currency { get; set; } = "USD";
}
