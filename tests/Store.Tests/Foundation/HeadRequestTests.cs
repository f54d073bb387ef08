using System.Net;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

/// <summary>HEAD answers what GET answers, for pages, the API and Razor admin pages alike.</summary>
public sealed class HeadRequestTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    public static TheoryData<string> Paths => new() { "/", "/products", "/account/login", "/account/register", "/admin/login", "/api/v1/products", "/api/v1/categories", "/health/live", "/no/such/page", "/account" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Head_answers_with_the_status_and_type_of_get(string path)
    {
        var client = app.Browser();
        var get = await client.GetAsync(path);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.Location, head.Headers.Location);
    }
}
