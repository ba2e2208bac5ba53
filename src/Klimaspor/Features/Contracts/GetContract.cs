using Klimaspor.Web;

namespace Klimaspor.Features.Contracts;

public static class GetContract
{
    public static async Task<ContractDetails?> Handle(Guid id, AppServices services, CancellationToken cancellationToken) =>
        await ContractAccess.Load(id, services, cancellationToken) is { } contract ? ContractDetails.From(contract) : null;
}
