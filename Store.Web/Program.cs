using Store.Accounts;
using Store.Cart;
using Store.Catalog;
using Store.Content;
using Store.Core.Hosting;
using Store.Currencies;
using Store.Orders;
using Store.Payments;
using Store.Promotions;
using Store.Reviews;
using Store.Shipping;
using Store.Taxes;
using Store.Theme;
using Store.Translations;
using Store.Wishlist;

var builder = WebApplication.CreateBuilder(args);

// The shop's modules, in dependency order (see DESIGN.md): this is the one list to edit.
builder.AddStore(
    StoreTheme.Assembly,
    new AccountsModule(),
    new TaxesModule(),
    new CurrenciesModule(),
    new CatalogModule(),
    new ContentModule(),
    new ShippingModule(),
    new PromotionsModule(),
    new CartModule(),
    new WishlistModule(),
    new OrdersModule(),
    new PaymentsModule(),
    new ReviewsModule(),
    new TranslationsModule());

var app = builder.Build();
app.UseStore();
await app.RunStoreAsync(args);

/// <summary>Entry point, public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
