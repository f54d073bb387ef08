namespace Store.Cart.Contracts;

/// <summary>One line of a shopper's cart as the order sees it: which variant and how many, nothing priced.</summary>
public sealed record CartItem(int VariantId, int Quantity);
