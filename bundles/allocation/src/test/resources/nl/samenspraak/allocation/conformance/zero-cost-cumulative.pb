META
key;value
description;zero-cost projects (a random instance, kept for its pabutools outcomes)
num_projects;3
num_votes;4
budget;64
vote_type;cumulative
min_project_score_threshold;3
PROJECTS
project_id;cost;votes;name
7;0;3;project 7
11;60;0;project 11
1;0;3;project 1
VOTES
voter_id;vote;points
1;7;3
2;7,1;0,4
3;7,1;1,4
4;1;4
