using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

/// <summary>A shop with one page that always fails, to see what a shopper sees when code throws.</summary>
public sealed class FailingShop : StoreAppFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, FailingPage>();

    private sealed class FailingPage : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapGet("/boom", string () => throw new InvalidOperationException("secret internals"));
                endpoints.MapGet("/api/v1/boom", string () => throw new InvalidOperationException("secret internals"));
            });
        };
    }
}

public sealed class ErrorPageTests(FailingShop app) : IClassFixture<FailingShop>
{
    [Fact]
    public async Task A_failing_page_shows_the_themed_error_page_without_internals()
    {
        var response = await app.Browser().GetAsync("/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internals", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_api_call_answers_problem_details_without_internals()
    {
        var response = await app.Browser().GetAsync("/api/v1/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret internals", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
