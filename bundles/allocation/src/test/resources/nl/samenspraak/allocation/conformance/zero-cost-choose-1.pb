META
key;value
description;zero-cost projects (a random instance, kept for its pabutools outcomes)
num_projects;2
num_votes;7
budget;4
vote_type;choose-1
min_project_score_threshold;1
PROJECTS
project_id;cost;votes;name
2;0;1;project 2
3;0;4;project 3
VOTES
voter_id;vote
1;3
2;3
3;2
4;3
5;
6;3
7;
