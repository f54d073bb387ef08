namespace Store.Accounts.Addresses;

/// <summary>The add/edit page: <see cref="Id"/> is null when adding.</summary>
public sealed record AddressFormPage(int? Id);
