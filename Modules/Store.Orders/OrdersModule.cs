using Fluid;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Admin;
using Store.Core.Modules;
using Store.Core.Recipes;
using Store.Core.Security;
using Store.Orders.Abandoned;
using Store.Orders.Admin;
using Store.Orders.Checkout;
using Store.Orders.Contracts;
using Store.Orders.Emails;
using Store.Orders.Guests;
using Store.Orders.Invoices;
using Store.Orders.Live;
using Store.Orders.Orders;
using Store.Orders.Payments;
using Store.Orders.Recipes;
using Store.Orders.Reports;
using Store.Orders.Returns;
using Store.Orders.Shipments;
using Store.Orders.Workflow;

namespace Store.Orders;

/// <summary>Checkout, orders and their status workflow, the shopper's order pages and API, live status, order emails.</summary>
public sealed class OrdersModule : StoreModule
{
    public override IEnumerable<Permission> Permissions => OrdersPermissions.All;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OrdersOptions.Section).Get<OrdersOptions>() ?? new OrdersOptions();
        services.AddSingleton(options);
        // A mistyped time zone stops start-up here rather than shifting every figure of the order admin.
        ShopTime.Find(options.ReportTimeZone);
        services.AddScoped<OrderDrafts>();
        services.AddSingleton<PlacementGate>();
        services.AddScoped<OrderWriter>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<GuestPlacement>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<Store.Core.Privacy.IPersonalData, OrderPersonalData>();
        services.AddScoped<OrderEmails>();
        services.AddScoped<OrderTransitions>();
        services.AddScoped<IOrderWorkflow>(sp => sp.GetRequiredService<OrderTransitions>());
        services.AddScoped<IOrderPayments, OrderPayments>();
        services.AddSingleton<PollingOrderStatusNotifier>();
        services.AddSingleton<IOrderStatusNotifier>(sp => sp.GetRequiredService<PollingOrderStatusNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<PollingOrderStatusNotifier>());
        services.AddSingleton<HoldExpiryJob>();
        services.AddHostedService(sp => sp.GetRequiredService<HoldExpiryJob>());
        services.AddSingleton<ShopTime>();
        services.AddScoped<OrderAdminQueries>();
        services.AddScoped<CustomerSearch>();
        services.AddScoped<StatusChanges>();
        services.AddSingleton<OrderExports>();
        services.AddScoped<SalesReports>();
        services.AddScoped<SalesRollup>();
        services.AddSingleton(configuration.GetSection(ShipmentsOptions.Section).Get<ShipmentsOptions>() ?? new ShipmentsOptions());
        services.AddSingleton<ShipmentTracking>();
        services.AddScoped<ShipmentDesk>();
        services.AddScoped<ShipmentQueries>();
        services.AddSingleton(configuration.GetSection(InvoicesOptions.Section).Get<InvoicesOptions>() ?? new InvoicesOptions());
        services.AddScoped<DocumentNumbers>();
        services.AddScoped<DocumentIssuer>();
        services.AddScoped<DocumentQueries>();
        services.AddScoped<DocumentMailer>();
        services.AddSingleton<GuestLinks>();
        services.AddSingleton<IGuestOrderLinks>(sp => sp.GetRequiredService<GuestLinks>());
        services.AddScoped<GuestAccounts>();
        services.AddScoped<GuestLookup>();
        services.AddSingleton(configuration.GetSection(ReturnsOptions.Section).Get<ReturnsOptions>() ?? new ReturnsOptions());
        services.AddScoped<ReturnRules>();
        services.AddScoped<ReturnDesk>();
        services.AddScoped<ReturnEmails>();
        services.AddScoped<ReturnReplacements>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<CartReminders>();
        services.AddScoped<Store.Core.Privacy.IPersonalData, CartReminderPersonalData>();
        services.AddScoped<GuestCartEmails>();
        services.AddScoped<AbandonedCartReport>();
        services.AddSingleton<AbandonedCartJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AbandonedCartJob>());
        services.AddScoped<ReturnQueries>();
        services.AddScoped<IOrderReturns, OrderReturns>();
        services.AddScoped<IDeliveredPurchases, DeliveredPurchases>();
        services.AddRecipeStep<DeliveredOrdersRecipeStep>();
    }

    public override void ConfigureTemplates(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<CheckoutPage>();
        options.MemberAccessStrategy.Register<OrderDiscountView>();
        options.MemberAccessStrategy.Register<CheckoutLine>();
        options.MemberAccessStrategy.Register<CheckoutForm>();
        options.MemberAccessStrategy.Register<OrderListPage>();
        options.MemberAccessStrategy.Register<OrderSummary>();
        options.MemberAccessStrategy.Register<OrderPageModel>();
        options.MemberAccessStrategy.Register<OrderDetail>();
        options.MemberAccessStrategy.Register<OrderLineView>();
        options.MemberAccessStrategy.Register<OrderTaxView>();
        options.MemberAccessStrategy.Register<OrderTaxRateView>();
        options.MemberAccessStrategy.Register<CheckoutShippingOption>();
        options.MemberAccessStrategy.Register<CheckoutTax>();
        options.MemberAccessStrategy.Register<OrderAddressView>();
        options.MemberAccessStrategy.Register<OrderHistoryView>();
        options.MemberAccessStrategy.Register<OrderEmail>();
        options.MemberAccessStrategy.Register<OrderEmailLine>();
        options.MemberAccessStrategy.Register<ShipmentEmail>();
        options.MemberAccessStrategy.Register<RefundEmail>();
        options.MemberAccessStrategy.Register<DocumentEmail>();
        options.MemberAccessStrategy.Register<ShipmentView>();
        options.MemberAccessStrategy.Register<ShipmentLineView>();
        options.MemberAccessStrategy.Register<DocumentView>();
        options.MemberAccessStrategy.Register<GuestOrderView>();
        options.MemberAccessStrategy.Register<GuestLookupForm>();
        options.MemberAccessStrategy.Register<ReturnPage>();
        options.MemberAccessStrategy.Register<ReturnableLine>();
        options.MemberAccessStrategy.Register<ReturnForm>();
        options.MemberAccessStrategy.Register<ReturnView>();
        options.MemberAccessStrategy.Register<ReturnEmail>();
        options.MemberAccessStrategy.Register<ReturnEmailLine>();
        options.MemberAccessStrategy.Register<WithdrawalStart>();
        options.MemberAccessStrategy.Register<AbandonedCartEmail>();
        options.MemberAccessStrategy.Register<AbandonedCartLine>();
        options.MemberAccessStrategy.Register<UnsubscribePage>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var signedIn = endpoints.MapGroup("").RequireAuthorization();
        // Guests may check out (unless Orders:RequireAccount), so checkout decides who may pass itself.
        endpoints.MapCheckoutEndpoints();
        endpoints.MapGuestOrderEndpoints();
        endpoints.MapGuestOrderApi();
        signedIn.MapGroup("/account").MapReturnPages();
        endpoints.MapGuestReturnPages();
        endpoints.MapWithdrawalPages();
        endpoints.MapUnsubscribeEndpoints();
        endpoints.MapReturnApi();
        signedIn.MapGroup("/account").MapOrderEndpoints();
        endpoints.MapOrderApi();
        endpoints.MapOrderAdminExports();
        signedIn.MapGroup("/account/orders").MapDocumentDownloads();
        endpoints.MapGroup("/admin/orders").RequireAuthorization(OrdersPermissions.ManageOrders.PolicyName).MapAdminDocumentDownloads();
    }

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Orders", "/admin/orders", OrdersPermissions.ManageOrders.Name, 20, "Sales"),
        new("Reports", "/admin/reports", OrdersPermissions.ManageOrders.Name, 21, "Sales"),
        new("Returns", "/admin/returns", OrdersPermissions.ManageOrders.Name, 22, "Sales"),
    ];

    public override IEnumerable<AdminDashboardPanel> DashboardPanels =>
    [
        new("SalesDashboard", OrdersPermissions.ManageOrders.Name, 10),
    ];
}
