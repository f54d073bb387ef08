namespace Store.Currencies.Contracts;

/// <summary>The current request's <see cref="ShopperMoney"/>; the base currency outside a request (jobs, recipes).</summary>
public interface IShopperCurrency
{
    Task<ShopperMoney> GetAsync(CancellationToken cancellationToken);
}
