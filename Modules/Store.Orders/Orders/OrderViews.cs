namespace Store.Orders.Orders;

public sealed record OrderLineView(int ProductId, int VariantId, string ProductName, string Options, string Sku, long UnitPrice, int Quantity, long LineTotal);

public sealed record OrderAddressView(string FullName, string Line1, string? Line2, string City, string? Region, string PostalCode, string Country, string? Phone);

public sealed record OrderHistoryView(string? From, string To, DateTime AtUtc, string By, string? Note);
