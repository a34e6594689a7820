// phrase: Leaders of $union
// description: 工会的领导：who holds an office (LEADS) in a union, with the title as written.
// param: $union label: Union.name
MATCH (u:Union)
WHERE u.name = $union OR $union IN coalesce(u.aliases, [])
MATCH (p:Person)-[l:LEADS]->(u)
RETURN u, l, p
