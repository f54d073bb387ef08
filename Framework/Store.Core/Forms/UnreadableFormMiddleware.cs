using Microsoft.AspNetCore.Http;

namespace Store.Core.Forms;

/// <summary>
/// Minimal-API page forms: a value the form binder cannot read ends the request with an empty 400 before the
/// handler runs (or throws <see cref="BadHttpRequestException"/> where <c>ThrowOnBadRequest</c> is on). This sits
/// just before the endpoint and turns that answer into <see cref="UnreadableForms.SendBack"/>.
/// </summary>
internal sealed class UnreadableFormMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !UnreadableForms.IsPageForm(http.GetEndpoint()))
        {
            await next(http);
            return;
        }

        try
        {
            await next(http);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status400BadRequest && !http.Response.HasStarted && !UnreadableForms.AntiforgeryFailed(http))
        {
            UnreadableForms.SendBack(http, []);
            return;
        }

        if (http.Response.StatusCode == StatusCodes.Status400BadRequest && !http.Response.HasStarted && http.Response.ContentLength is null or 0
            && !UnreadableForms.AntiforgeryFailed(http))
        {
            UnreadableForms.SendBack(http, []);
        }
    }
}
