using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features;

/// <summary>Shown for errors and for 403/404 status codes, keeping the status code; no details of the failure leak.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string TitleKey { get; private set; } = "Error.Title";
    public string TextKey { get; private set; } = "Error.Text";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (TitleKey, TextKey) = code switch
        {
            403 => ("Error.ForbiddenTitle", "Error.ForbiddenText"),
            404 => ("Error.NotFoundTitle", "Error.NotFoundText"),
            400 => ("Error.BadRequestTitle", "Error.BadRequestText"),
            429 => ("Error.TooManyTitle", "Error.TooManyText"),
            _ => ("Error.Title", "Error.Text"),
        };
    }
}
