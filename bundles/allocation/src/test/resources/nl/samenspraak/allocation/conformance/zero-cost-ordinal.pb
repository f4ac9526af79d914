META
key;value
description;zero-cost projects (a random instance, kept for its pabutools outcomes)
num_projects;4
num_votes;4
budget;13
vote_type;ordinal
min_project_score_threshold;1
PROJECTS
project_id;cost;votes;name
12;40;1;project 12
6;0;1;project 6
9;0;0;project 9
1;20;2;project 1
VOTES
voter_id;vote
1;
2;1
3;6,1
4;12
