/** The query GraphiQL opens with: the WhatsApp ownership chain and where each hop was reported. */
export const EXAMPLE_QUERY = /* GraphQL */ `# Who ultimately owns WhatsApp, and which articles say so?
query WhatsAppOwnership {
  ownershipChain(entity: "WhatsApp") {
    entity { id name }
    ultimateOwners { id name }
    paths {
      hops {
        from { name }
        to { name }
        sources { excerpt article { title date outlet { name } } }
      }
    }
  }
}
`;
