namespace Store.Core.Setup;

/// <summary>What first-run setup needs, from the setup page or from <c>Setup:*</c> configuration.</summary>
public sealed record SetupRequest(string SiteName, string AdminEmail, string AdminPassword, string Recipe, string Currency = "USD");
