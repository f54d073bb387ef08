namespace Store.Core.Security;

/// <summary>A right that a module declares and roles carry, e.g. <c>Catalog.ManageProducts</c>.</summary>
public sealed record Permission(string Name, string Description)
{
    /// <summary>The claim type under which a role's permissions travel in the sign-in cookie.</summary>
    public const string ClaimType = "permission";

    internal const string PolicyPrefix = "Permission:";

    /// <summary>Roles that receive this permission when the shop is set up (the Administrator has all).</summary>
    public IReadOnlyList<string> DefaultRoles { get; init; } = [];

    /// <summary>The API scope (<see cref="Api.ApiScopes"/>) that grants this permission to an API client; none when clients never get it.</summary>
    public string? Scope { get; init; }

    public string PolicyName => PolicyPrefix + Name;
}
