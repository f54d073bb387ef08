using Fluid;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Http;
using Store.Core.Modules;
using Store.Payments.Checkout;
using Store.Payments.Events;
using Store.Payments.Offline;
using Store.Payments.Providers;
using Store.Payments.Refunds;
using Store.Payments.Stripe;

namespace Store.Payments;

/// <summary>Payments: Stripe Checkout or the offline provider, verified webhooks, exactly-once fulfilment, refunds and staff cancel.</summary>
public sealed class PaymentsModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = new PaymentsOptions { Stripe = configuration.GetSection(StripeOptions.Section).Get<StripeOptions>() ?? new StripeOptions() };
        services.AddSingleton(options);
        services.AddSingleton<IPaymentProvider, OfflinePaymentProvider>();
        if (options.Stripe.Configured)
        {
            var stripe = options.Stripe;
            services.AddSingleton<global::Stripe.IStripeClient>(_ => new global::Stripe.StripeClient(apiKey: stripe.SecretKey, apiBase: stripe.ApiBase));
            services.AddSingleton<IPaymentProvider, StripePaymentProvider>();
            // The Pay form's answer redirects to Stripe's page; browsers hold that redirect to the form's form-action.
            services.AddSingleton(new FormActionSource(stripe.CheckoutOrigin));
        }

        services.AddSingleton<PaymentProviders>();
        services.AddScoped<PaymentStart>();
        services.AddScoped<PaymentEventProcessor>();
        services.AddScoped<RefundLedger>();
        services.AddScoped<Refunder>();
    }

    public override void ConfigureTemplates(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<PaymentReturnPage>();
        options.MemberAccessStrategy.Register<OfflinePaymentPage>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/account/orders").RequireAuthorization().MapPaymentPages();
        endpoints.MapGuestPaymentPages();
        endpoints.MapReturnRefunds();
        endpoints.MapOfflinePages();
        endpoints.MapStripeWebhook();
        endpoints.MapPaymentApi();
    }
}
