namespace Store.Accounts.Api;

// The API's request and response shapes: entities never cross the wire.
public sealed record RegisterRequest(string? Email, string? DisplayName, string? Password);

public sealed record TokenRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);

public sealed record ProfileRequest(string? DisplayName, string? Email);

public sealed record ProfileResponse(string Id, string Email, string DisplayName, bool EmailConfirmed, IReadOnlyList<string> Roles, string? PendingEmailNotice = null);

public sealed record PasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record AddressRequest(string? FullName, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? Country, string? Phone, bool? IsDefault)
{
    public Addresses.AddressInput ToInput() => new()
    {
        FullName = FullName,
        Line1 = Line1,
        Line2 = Line2,
        City = City,
        Region = Region,
        PostalCode = PostalCode,
        Country = Country,
        Phone = Phone,
        IsDefault = IsDefault ?? false,
    };
}
