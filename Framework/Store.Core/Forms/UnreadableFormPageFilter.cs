using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Store.Core.Forms;

/// <summary>
/// Razor Pages: a posted value that does not convert to its property's type is left at the property's default and
/// the handler would run anyway (saving a checkbox posted as <c>abc</c> as unticked). Before any POST handler runs,
/// this sends such a request back to its form (<see cref="UnreadableForms.SendBack"/>) naming the fields. The
/// conversion messages are set here to end in <see cref="UnreadableForms.FieldMessageEnd"/>, which tells them from
/// a page's own validation (the admin sign-in's required fields), left to the page.
/// </summary>
internal sealed class UnreadableFormPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var unreadable = HttpMethods.IsPost(context.HttpContext.Request.Method)
            ? context.ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)
                .Where(m => m.EndsWith(UnreadableForms.FieldMessageEnd, StringComparison.Ordinal)).Distinct().ToList()
            : [];
        if (unreadable.Count == 0)
        {
            await next();
            return;
        }

        UnreadableForms.SendBack(context.HttpContext, unreadable);
        context.Result = new EmptyResult();
    }

    /// <summary>Conversion messages that name the field and the value, each ending the same recognisable way.</summary>
    internal static void UseReadableMessages(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"{field}: ‘{value}’ {UnreadableForms.FieldMessageEnd}");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"‘{value}’ {UnreadableForms.FieldMessageEnd}");
        messages.SetValueMustBeANumberAccessor(field => $"{field}: a number is needed; the value {UnreadableForms.FieldMessageEnd}");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => $"A number is needed; the value {UnreadableForms.FieldMessageEnd}");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}: the value {UnreadableForms.FieldMessageEnd}");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => $"The value {UnreadableForms.FieldMessageEnd}");
    }
}
