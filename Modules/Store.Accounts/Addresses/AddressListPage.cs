namespace Store.Accounts.Addresses;

/// <summary>The address list page.</summary>
public sealed record AddressListPage(IReadOnlyList<AddressView> Addresses, int Max);
