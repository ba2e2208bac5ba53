using Klimaspor.Web;

namespace Klimaspor.Features.Contracts;

internal static class GetContract
{
    public static async Task<ContractDetails?> Handle(Guid id, AppServices services, CancellationToken cancellationToken) =>
        await ContractAccess.Load(id, services, cancellationToken) is { } contract ? ContractDetails.From(contract) : null;
}
