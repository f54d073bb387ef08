using Microsoft.AspNetCore.Http;
using Store.Core.Money;
using Store.Currencies.Contracts;

namespace Store.Currencies.Shoppers;

/// <summary>Reads the currency <see cref="ShopperCurrencyMiddleware"/> chose for the request, checked against today's setup.</summary>
internal sealed class RequestCurrency(ICurrencies currencies, IHttpContextAccessor http) : IShopperCurrency
{
    public async Task<ShopperMoney> GetAsync(CancellationToken cancellationToken)
    {
        var setup = await currencies.GetAsync(cancellationToken);
        return new ShopperMoney(setup, setup.Resolve(ShopperCurrency.Of(http.HttpContext)));
    }
}
