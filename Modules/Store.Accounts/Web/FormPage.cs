using Microsoft.AspNetCore.Http;
using Store.Core.Liquid;

namespace Store.Accounts.Web;

/// <summary>
/// Renders an account page with its form, the messages beside each field (<c>errors.Email</c>) and an
/// optional notice. A form shown again because of bad input answers 400, unless the caller names another status
/// (409 when the input is fine but the state of things refuses it).
/// </summary>
public static class FormPage
{
    public static LiquidResult Show(string view, object? form = null, IReadOnlyDictionary<string, string>? errors = null, string? notice = null, object? model = null, int? status = null)
    {
        errors ??= new Dictionary<string, string>();
        status ??= errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return Liquid.Page(view, model, status.Value, new Dictionary<string, object?>
        {
            ["form"] = form,
            ["errors"] = errors,
            ["notice"] = notice,
        });
    }
}
